package io.tenure.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list; pages count from 0. The total is exact unless {@code totalExact} is false:
 * then the list holds at least that many (a list too long to count on every page stops counting).
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

	public Page(List<T> items, int page, int size, long total) {
		this(items, page, size, total, true);
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public long firstItem() {
		return total == 0 ? 0 : (long) page * size + 1;
	}

	public long lastItem() {
		return (long) page * size + items.size();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
	}
}
