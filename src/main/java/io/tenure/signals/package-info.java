/**
 * Signals: the vital signs of every account and person (seed S7), computed from the daily rollups
 * as of any past date, and the emergency indicators (seed S3) that fire on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signals")
package io.tenure.signals;
