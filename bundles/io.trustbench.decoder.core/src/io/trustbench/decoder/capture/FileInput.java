package io.trustbench.decoder.capture;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Buffered sequential reads from a file channel that know their file position and byte order. */
final class FileInput implements Closeable {

	private static final int BUFFER = 1 << 20;

	private final FileChannel channel;
	private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
	private long bufferStart;

	FileInput(Path path) throws IOException {
		channel = FileChannel.open(path, StandardOpenOption.READ);
		buffer.limit(0);
	}

	long position() {
		return bufferStart + buffer.position();
	}

	long size() throws IOException {
		return channel.size();
	}

	void order(ByteOrder order) {
		buffer.order(order);
	}

	ByteOrder order() {
		return buffer.order();
	}

	void seek(long position) throws IOException {
		if (position >= bufferStart && position <= bufferStart + buffer.limit()) {
			buffer.position((int) (position - bufferStart));
			return;
		}
		bufferStart = position;
		buffer.clear().limit(0);
	}

	/** Ensures {@code n} bytes are buffered; false at end of file. */
	boolean ensure(int n) throws IOException {
		if (buffer.remaining() >= n) {
			return true;
		}
		if (n > BUFFER) {
			return false;
		}
		bufferStart += buffer.position();
		buffer.compact();
		while (buffer.position() < n) {
			int read = channel.read(buffer, bufferStart + buffer.position());
			if (read < 0) {
				buffer.flip();
				return false;
			}
		}
		// fill the rest opportunistically
		channel.read(buffer, bufferStart + buffer.position());
		buffer.flip();
		return true;
	}

	int int32() throws IOException {
		require(4);
		return buffer.getInt();
	}

	int uint16() throws IOException {
		require(2);
		return buffer.getShort() & 0xffff;
	}

	long int64() throws IOException {
		require(8);
		return buffer.getLong();
	}

	void readFully(byte[] dst, int off, int len) throws IOException {
		while (len > 0) {
			if (!buffer.hasRemaining() && !ensure(Math.min(len, BUFFER))) {
				if (!ensure(1)) {
					throw new EOFException();
				}
			}
			int n = Math.min(len, buffer.remaining());
			buffer.get(dst, off, n);
			off += n;
			len -= n;
		}
	}

	void skip(long n) throws IOException {
		seek(position() + n);
	}

	private void require(int n) throws IOException {
		if (!ensure(n)) {
			throw new EOFException();
		}
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
