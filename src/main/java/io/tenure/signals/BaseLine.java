package io.tenure.signals;

/**
 * How the whole base behaves as of a day, for rules that compare an account with the rest (seed S6):
 * the median number of knowledge-base articles read per active person in 30 days, over accounts with
 * anyone active; null when no account had anyone active.
 */
public record BaseLine(java.time.LocalDate asOf, Double kbViewsPerActivePerson) {
}
