package io.tenure.ingest.importing;

import java.util.List;

/** What an import did: messages read, stored (new) and repeated (stored before), or the problems that stopped it. */
public record ImportReport(long messages, long stored, long repeated, List<String> problems) {

	public boolean refused() {
		return !problems.isEmpty();
	}
}
