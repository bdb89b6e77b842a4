package io.trustbench.decoder.ui.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A TCP connection of the capture as the editor needs it: endpoints (the client is the side that
 * sent the SYN, as the core decides), its frames in order (to replay it for one frame's detail)
 * and its TLS messages for the ladder, capped so that a long bulk transfer stays cheap.
 */
public final class Connection {

	/** Arrows kept per connection; later messages are counted, not kept. */
	public static final int MAX_MESSAGES = 2000;

	private final int id;
	private final String client;
	private final String server;
	private final IntList frames = new IntList(16);
	private final ArrayList<FlowMessage> messages = new ArrayList<>(4);
	private int droppedMessages;

	public Connection(int id, String client, String server) {
		this.id = id;
		this.client = client;
		this.server = server;
	}

	/** The core's connection number (tshark's tcp.stream), from 0. */
	public int id() {
		return id;
	}

	/** "address:port" of the client. */
	public String client() {
		return client;
	}

	/** "address:port" of the server. */
	public String server() {
		return server;
	}

	synchronized void addFrame(int frameNumber) {
		frames.add(frameNumber);
	}

	synchronized void addMessages(List<FlowMessage> added) {
		for (FlowMessage m : added) {
			if (messages.size() < MAX_MESSAGES) {
				messages.add(m);
			} else {
				droppedMessages++;
			}
		}
	}

	/** Frame numbers of this connection up to and including {@code last}, in capture order. */
	public synchronized int[] framesUpTo(int last) {
		int end = frames.binarySearch(last);
		end = end >= 0 ? end + 1 : -end - 1;
		int[] out = new int[end];
		for (int i = 0; i < end; i++) {
			out[i] = frames.get(i);
		}
		return out;
	}

	/** Drops spare list capacity once the index pass is over (a capture can hold 100,000 connections). */
	synchronized void trim() {
		frames.trim();
		messages.trimToSize();
	}

	/** Bytes of this connection's frame list (its share of the packet index). */
	synchronized long frameListBytes() {
		return frames.bytes();
	}

	public synchronized int frameCount() {
		return frames.size();
	}

	public synchronized List<FlowMessage> messages() {
		return Collections.unmodifiableList(new ArrayList<>(messages));
	}

	/** Messages past {@link #MAX_MESSAGES} that the ladder does not draw. */
	public synchronized int droppedMessages() {
		return droppedMessages;
	}

	public synchronized boolean carriesTls() {
		return !messages.isEmpty();
	}

	@Override
	public String toString() {
		return "#" + id + "  " + client + " → " + server;
	}
}
