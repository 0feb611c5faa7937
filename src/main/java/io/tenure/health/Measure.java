package io.tenure.health;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One signal in a group, its weight within the group (the weights of a group add up to 100) and how
 * its value turns into 0-100 points.
 */
public record Measure(String signal, @JsonProperty(required = true) double weight, Scoring scoring) {
}
