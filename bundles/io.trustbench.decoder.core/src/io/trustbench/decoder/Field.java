package io.trustbench.decoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One node of a decoded packet's tree: filter name (e.g. {@code tls.handshake.type}, empty for a
 * text-only line), the line to display, the value as {@code tshark -T fields} prints it (null when
 * the node has no value), and the bytes it covers in its {@link DataSource}.
 */
public final class Field {

	/**
	 * A tree that keeps nothing: adding to it returns it again, so whole subtrees are dropped. Passes
	 * that only count ({@code --stats}) dissect into it with the same dissectors; helpers that
	 * would format values for it skip that work ({@link #discards()}). Immutable, so shared.
	 */
	public static final Field DISCARD = new Field("", "", (String) null, null, 0, 0);

	private final String name;
	/** A String, or a Supplier computed on first use (most displays are never looked at). */
	private Object display;
	/**
	 * A String, a Supplier, or null; with {@link #format} set, the integer {@link #number} is
	 * formatted on first use. Most values are never read (only --json, filters and the UI read
	 * them), and formatting every header integer of every packet dominated decoding.
	 */
	private Object value;
	private ValueFormat format;
	private int number;
	private int size;
	private final DataSource source;
	private final int offset;
	private final int length;
	private List<Field> children;

	public Field(String name, String display, String value, DataSource source, int offset, int length) {
		this(name, (Object) display, (Object) value, source, offset, length);
	}

	/** A field whose display line is computed only when asked for (hot paths of the decoder). */
	public Field(String name, java.util.function.Supplier<String> display, String value, DataSource source, int offset,
			int length) {
		this(name, (Object) display, (Object) value, source, offset, length);
	}

	/** A field whose display and value are both computed only when asked for. */
	public Field(String name, java.util.function.Supplier<String> display, java.util.function.Supplier<String> value,
			DataSource source, int offset, int length) {
		this(name, (Object) display, (Object) value, source, offset, length);
	}

	private Field(String name, Object display, Object value, DataSource source, int offset, int length) {
		this.name = name;
		this.display = display;
		this.value = value;
		this.source = source;
		this.offset = offset;
		this.length = length;
	}

	/** An integer field whose value is {@code format.value(number, size)}, formatted on first use. */
	public static Field number(String name, java.util.function.Supplier<String> display, int number, int size,
			ValueFormat format, DataSource source, int offset, int length) {
		Field f = new Field(name, display, (String) null, source, offset, length);
		f.number = number;
		f.size = size;
		f.format = format;
		return f;
	}

	/** Adds a child and returns it, so that callers can build sub-trees. */
	public Field add(Field child) {
		if (this == DISCARD) {
			return DISCARD;
		}
		if (children == null) {
			children = new ArrayList<>(4);
		}
		children.add(child);
		return child;
	}

	public String name() {
		return name;
	}

	@SuppressWarnings("unchecked")
	public String display() {
		if (display instanceof java.util.function.Supplier<?> supplier) {
			display = ((java.util.function.Supplier<String>) supplier).get();
		}
		return (String) display;
	}

	/** The value as tshark prints it for {@code -e name}, or null. */
	/** Sets the display line of a node whose title depends on its children (e.g. a TLS record). */
	public void setDisplay(String display) {
		if (this != DISCARD) {
			this.display = display;
		}
	}

	/** True for {@link #DISCARD}: nothing added is kept, so callers may skip building it. */
	public boolean discards() {
		return this == DISCARD;
	}

	@SuppressWarnings("unchecked")
	public String value() {
		if (format != null) {
			value = format.value(number, size);
			format = null;
		} else if (value instanceof java.util.function.Supplier<?> supplier) {
			value = ((java.util.function.Supplier<String>) supplier).get();
		}
		return (String) value;
	}

	/** True when the field has a value, without formatting it. */
	public boolean hasValue() {
		return value != null || format != null;
	}

	public DataSource source() {
		return source;
	}

	public int offset() {
		return offset;
	}

	public int length() {
		return length;
	}

	public List<Field> children() {
		return children == null ? Collections.emptyList() : Collections.unmodifiableList(children);
	}

	/** First descendant (depth first, this node included) with the given name, or null. */
	public Field find(String fieldName) {
		if (fieldName.equals(name)) {
			return this;
		}
		if (children != null) {
			for (Field child : children) {
				Field found = child.find(fieldName);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Adds the values of every descendant named {@code fieldName} to {@code out}, in tree order. */
	public void collect(String fieldName, List<String> out) {
		if (fieldName.equals(name) && hasValue()) {
			out.add(value());
		}
		if (children != null) {
			for (Field child : children) {
				child.collect(fieldName, out);
			}
		}
	}

	@Override
	public String toString() {
		return display();
	}
}
