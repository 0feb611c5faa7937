package io.tenure.health;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/** Writes 40 rather than 40.0, so that a written scorecard reads as an admin would type it. */
final class WholeNumbers extends StdSerializer<Double> {

	WholeNumbers() {
		super(Double.class);
	}

	@Override
	public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			out.writeNumber(value.longValue());
		}
		else {
			out.writeNumber(value);
		}
	}
}
