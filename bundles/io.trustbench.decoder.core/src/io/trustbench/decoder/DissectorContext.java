package io.trustbench.decoder;

import java.util.HashMap;
import java.util.Map;

/**
 * What a dissector sees besides its bytes: the frame being built, the registry for handing
 * payloads to sub-dissectors, and typed state of enclosing protocols (the TLS session, the TCP
 * connection), looked up by class so that new protocols need no change here.
 */
public final class DissectorContext {

	/** Name of the field that marks data a dissector could not decode. */
	public static final String MALFORMED = "_ws.malformed";

	private final DissectorRegistry registry;
	private DecodedFrame frame;
	private final Map<Class<?>, Object> attributes = new HashMap<>();

	public DissectorContext(DissectorRegistry registry) {
		this.registry = registry;
	}

	public DecodedFrame frame() {
		return frame;
	}

	public void setFrame(DecodedFrame frame) {
		this.frame = frame;
	}

	public DissectorRegistry registry() {
		return registry;
	}

	public <T> T get(Class<T> type) {
		return type.cast(attributes.get(type));
	}

	public <T> void put(Class<T> type, T value) {
		if (value == null) {
			attributes.remove(type);
		} else {
			attributes.put(type, value);
		}
	}

	/**
	 * Hands {@code in} to the dissector registered for (parent, discriminator).
	 *
	 * @return false when none is registered (the caller shows the bytes as data)
	 */
	public boolean dispatch(String parent, String discriminator, ByteReader in, Field tree) {
		return runIfFound(registry.find(parent, discriminator), in, tree);
	}

	/** {@link #dispatch(String, String, ByteReader, Field)} for a decimal discriminator, without formatting it. */
	public boolean dispatch(String parent, int discriminator, ByteReader in, Field tree) {
		return runIfFound(registry.find(parent, discriminator), in, tree);
	}

	private boolean runIfFound(Dissector dissector, ByteReader in, Field tree) {
		if (dissector == null) {
			return false;
		}
		runGuarded(dissector, in, tree);
		return true;
	}

	/** Runs a dissector, turning any failure into a malformed field instead of an exception. */
	public void runGuarded(Dissector dissector, ByteReader in, Field tree) {
		try {
			dissector.dissect(this, in, tree);
		} catch (MalformedException e) {
			malformed(tree, in.source(), e.offset(), e.getMessage());
		} catch (RuntimeException | StackOverflowError e) {
			malformed(tree, in.source(), in.position(), e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	/** Adds a malformed field at {@code offset} and marks the frame (counted without a tree walk). */
	public Field malformed(Field tree, DataSource source, int offset, String why) {
		if (frame != null) {
			frame.markMalformed();
		}
		return tree.add(new Field(MALFORMED, "[Malformed Packet: " + why + "]", (String) null, source, offset, 0));
	}
}
