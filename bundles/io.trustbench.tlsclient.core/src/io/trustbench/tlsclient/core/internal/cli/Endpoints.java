package io.trustbench.tlsclient.core.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;

/** Argument helpers shared by the commands: HOST:PORT and certificate files. */
final class Endpoints {

	record HostPort(String host, int port) {
	}

	private Endpoints() {
	}

	/** {@code host:port}, {@code [v6]:port} or {@code host} with the default port. */
	static HostPort parse(String text, int defaultPort) {
		String host = text;
		int port = defaultPort;
		if (text.startsWith("[")) {
			int close = text.indexOf(']');
			if (close < 0) {
				throw new UsageException("bad address '" + text + "'");
			}
			host = text.substring(1, close);
			if (text.length() > close + 1) {
				port = port(text.substring(close + 2), text);
			}
		} else if (text.indexOf(':') == text.lastIndexOf(':') && text.contains(":")) {
			host = text.substring(0, text.indexOf(':'));
			port = port(text.substring(text.indexOf(':') + 1), text);
		}
		if (host.isEmpty()) {
			throw new UsageException("missing host in '" + text + "'");
		}
		return new HostPort(host, port);
	}

	private static int port(String p, String whole) {
		try {
			int port = Integer.parseInt(p);
			if (port > 0 && port < 65536) {
				return port;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("bad port in '" + whole + "'");
	}

	/** Every certificate of a PEM or DER file, in order. */
	static List<X509Certificate> certificates(Path file) throws CommandException {
		if (!Files.isRegularFile(file)) {
			throw new CommandException("no such file: " + file);
		}
		try (InputStream in = Files.newInputStream(file)) {
			List<X509Certificate> out = new ArrayList<>();
			for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				out.add((X509Certificate) c);
			}
			if (out.isEmpty()) {
				throw new CommandException(file + " holds no certificate");
			}
			return out;
		} catch (IOException | CertificateException e) {
			throw new CommandException("cannot read certificates from " + file + ": " + e.getMessage());
		}
	}
}
