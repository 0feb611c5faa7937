package io.tenure.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Tenure process at a time on a data directory: the lock is held for the life of the server
 * and released by the operating system if the process dies.
 */
final class DataDirectoryLock {

	private final FileChannel channel;
	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataDirectory) {
		Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		try {
			Files.createDirectories(file.getParent());
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (java.nio.channels.OverlappingFileLockException sameProcess) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new EmbeddedPostgresException("Another Tenure is running on " + dataDirectory + " (it holds " + file
						+ "). Stop it first, or use its web UI (Admin > Import) for imports.", null);
			}
			return new DataDirectoryLock(channel, lock);
		}
		catch (IOException e) {
			throw new EmbeddedPostgresException("Cannot lock " + file + ": " + e.getMessage(), e);
		}
	}

	void release() {
		try {
			lock.release();
			channel.close();
		}
		catch (IOException e) {
			// the operating system releases it with the process anyway
		}
	}
}
