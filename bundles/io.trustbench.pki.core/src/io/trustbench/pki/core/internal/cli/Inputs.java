package io.trustbench.pki.core.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.core.Hex;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.CertificateReader;

/** Reading files and hex arguments for the PKI commands, with one-line errors. */
final class Inputs {

	private Inputs() {
	}

	static List<CertificateModel> certificates(String file) {
		try {
			return CertificateReader.read(Path.of(file));
		} catch (NoSuchFileException e) {
			throw new CommandException(file + ": no such file");
		} catch (IOException e) {
			throw new CommandException(file + ": cannot read: " + e.getMessage());
		} catch (CertificateParseException e) {
			throw new CommandException(file + ": " + e.getMessage());
		}
	}

	static byte[] bytes(String file) {
		try {
			return Files.readAllBytes(Path.of(file));
		} catch (NoSuchFileException e) {
			throw new CommandException(file + ": no such file");
		} catch (IOException e) {
			throw new CommandException(file + ": cannot read: " + e.getMessage());
		}
	}

	static byte[] hex(String option, String value, int length) {
		byte[] bytes;
		try {
			bytes = Hex.decode(value);
		} catch (IllegalArgumentException e) {
			throw new UsageException(option + ": " + e.getMessage());
		}
		if (length > 0 && bytes.length != length) {
			throw new UsageException(option + " must be " + length + " bytes (" + 2 * length + " hex digits), not "
					+ bytes.length);
		}
		return bytes;
	}

	/** A 64-byte public key X‖Y given as hex (64 bytes, or 65 with the 04 prefix). */
	static byte[] publicKey(String option, String value) {
		byte[] bytes = hex(option, value, 0);
		if (bytes.length == 65 && bytes[0] == 0x04) {
			return java.util.Arrays.copyOfRange(bytes, 1, 65);
		}
		if (bytes.length != 64) {
			throw new UsageException(option + " must be a P-256 public key X‖Y (64 bytes) or 04‖X‖Y (65 bytes)");
		}
		return bytes;
	}

	static void write(Path file, byte[] content) {
		try {
			io.trustbench.core.AtomicFiles.write(file, content);
		} catch (IOException e) {
			throw new CommandException(file + ": cannot write: " + e.getMessage());
		}
	}
}
