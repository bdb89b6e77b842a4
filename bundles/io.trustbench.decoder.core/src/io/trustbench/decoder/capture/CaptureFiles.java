package io.trustbench.decoder.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a capture by its magic number, whatever the file is called. */
public final class CaptureFiles {

	private CaptureFiles() {
	}

	public static CaptureReader open(Path path) throws IOException {
		if (!Files.isRegularFile(path)) {
			throw new NoSuchFileException(path.toString(), null, "no such capture file");
		}
		byte[] head = new byte[4];
		int n;
		try (InputStream in = Files.newInputStream(path)) {
			n = in.readNBytes(head, 0, 4);
		}
		if (n < 4) {
			throw new CaptureFormatException(path.getFileName() + " is too short to be a capture file");
		}
		int magic = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
		if (magic == PcapngReader.SHB) {
			return new PcapngReader(path);
		}
		if (magic == PcapReader.MAGIC_MICRO || magic == PcapReader.MAGIC_NANO
				|| Integer.reverseBytes(magic) == PcapReader.MAGIC_MICRO
				|| Integer.reverseBytes(magic) == PcapReader.MAGIC_NANO) {
			return new PcapReader(path);
		}
		throw new CaptureFormatException(path.getFileName() + " is neither pcap nor pcapng");
	}
}
