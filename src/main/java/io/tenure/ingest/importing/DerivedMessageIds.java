package io.tenure.ingest.importing;

import java.util.HexFormat;

import io.tenure.platform.Secrets;

/** A message id made from what an imported line or row says, so that importing it again stores nothing twice. */
final class DerivedMessageIds {

	private DerivedMessageIds() {
	}

	static String of(String prefix, String content) {
		return prefix + HexFormat.of().formatHex(Secrets.hash(content), 0, 16);
	}
}
