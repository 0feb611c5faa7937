package io.tenure.demo.world;

/** Where an account's use of the product is heading; the later event simulation follows it. */
public enum Engagement {
	RISING, STEADY, DECLINING
}
