/**
 * Health: scorecards that turn signals into a 0-100 score with bands, scores that explain themselves
 * and keep their daily history, segments, and the check of how well the score predicted churn.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health")
package io.tenure.health;
