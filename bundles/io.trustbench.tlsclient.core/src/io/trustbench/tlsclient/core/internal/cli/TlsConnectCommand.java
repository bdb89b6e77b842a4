package io.trustbench.tlsclient.core.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.tlsclient.core.DeviceIdentity;
import io.trustbench.tlsclient.core.DeviceTlsClient;
import io.trustbench.tlsclient.core.DeviceTlsConnection;
import io.trustbench.tlsclient.core.HandshakeReport;
import io.trustbench.tlsclient.core.TlsClientOptions;
import io.trustbench.tlsclient.core.TlsVersion;
import io.trustbench.tlsclient.core.thing.ThingCertificates;

/**
 * {@code tls connect HOST:PORT --device ID --ca FILE [--record F.pcapng] [--keylog F] ...}: one
 * hardened handshake, its negotiated parameters and the device commands it took.
 */
public final class TlsConnectCommand implements CliCommand {

	@Override
	public int run(CommandContext context) throws Exception {
		var args = context.args();
		String deviceId = args.requiredOption("--device");
		Path caFile = Path.of(args.requiredOption("--ca"));
		String record = args.option("--record");
		String keylog = args.option("--keylog");
		String certFile = args.option("--cert");
		String send = args.option("--send");
		List<String> suites = args.options("--suite");
		String version = args.option("--tls");
		int keySlot = args.intOption("--key-slot", TlsClientOptions.THING_KEY_SLOT);
		int ecdhSlot = args.intOption("--ecdh-slot", TlsClientOptions.THING_ECDHE_SLOT);
		boolean noDeviceVerify = args.flag("--no-device-verify");
		boolean noHostname = args.flag("--no-hostname-check");
		boolean embedKeys = args.flag("--embed-keys");
		Endpoints.HostPort target = Endpoints.parse(args.positional(0, "HOST:PORT"), 8883);
		args.expectAtMost(1);

		TlsClientOptions options = TlsClientOptions.defaults(target.host(), target.port(), Endpoints.certificates(caFile))
				.withSlots(keySlot, ecdhSlot).withDeviceVerify(!noDeviceVerify).withHostnameCheck(!noHostname)
				.withRecording(record != null);
		try {
			if (version != null) {
				options = options.withVersions(Set.of(TlsVersion.parse(version)));
			}
			if (!suites.isEmpty()) {
				options = options.withSuites(suites);
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		try (SecureElement device = devices.open(deviceId, context.monitor())) {
			DeviceIdentity identity = identity(device, certFile, keySlot, context);
			HandshakeReport report;
			String answer = null;
			DeviceTlsConnection connection = new DeviceTlsClient(device, identity, options).connect(context.monitor());
			try {
				report = connection.report();
				if (send != null) {
					answer = exchange(connection, send);
				}
			} finally {
				connection.close();
			}
			if (keylog != null) {
				connection.keyLog().write(Path.of(keylog));
			}
			if (record != null) {
				connection.writePcapng(Path.of(record), embedKeys);
			}
			print(context, report, identity, certFile == null, answer, record, keylog);
		} catch (SecureElementException e) {
			throw new CommandException(e.getMessage(), e);
		}
		return 0;
	}

	private static DeviceIdentity identity(SecureElement device, String certFile, int keySlot, CommandContext context)
			throws SecureElementException {
		if (certFile != null) {
			return new DeviceIdentity(Endpoints.certificates(Path.of(certFile)), keySlot);
		}
		DeviceIdentity id = ThingCertificates.read(device, context.monitor()).identity();
		return new DeviceIdentity(id.chain(), keySlot);
	}

	/** Sends the text (with \n, \r escapes) and reads the answer until the server closes or goes quiet. */
	private static String exchange(DeviceTlsConnection c, String text) throws IOException {
		c.outputStream().write(text.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
		c.outputStream().flush();
		c.socket().setSoTimeout(2000);
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buf = new byte[4096];
		try {
			int n;
			while (answer.size() < 65536 && (n = c.inputStream().read(buf)) > 0) {
				answer.write(buf, 0, n);
			}
		} catch (SocketTimeoutException e) {
			// quiet server: what arrived is the answer
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	private static void print(CommandContext context, HandshakeReport r, DeviceIdentity identity, boolean fromDevice,
			String answer, String record, String keylog) {
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("version", r.version().label());
			json.put("cipherSuite", r.cipherSuite());
			json.put("group", r.group());
			json.put("serverSubject", r.serverSubject());
			json.put("serverChain", subjects(r.serverChain()));
			json.put("clientChain", subjects(r.clientChain()));
			json.put("clientChainSource", fromDevice ? "device compressed certificates (slots 10, 12)" : "file");
			json.put("deviceCommands", r.deviceCommands());
			json.put("deviceChecks", r.deviceChecks());
			json.put("handshakeMillis", r.handshakeMillis());
			if (answer != null) {
				json.put("answer", answer);
			}
			if (record != null) {
				json.put("pcapng", record);
			}
			if (keylog != null) {
				json.put("keylog", keylog);
			}
			context.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
			return;
		}
		PrintStream out = context.out();
		out.println("Connected in " + r.handshakeMillis() + " ms");
		out.println("  version       " + r.version().label());
		out.println("  cipher suite  " + r.cipherSuite());
		out.println("  key exchange  ECDHE " + r.group() + " (ephemeral key generated in the device)");
		out.println("  server        " + r.serverSubject());
		List<String> server = subjects(r.serverChain());
		for (int i = 1; i < server.size(); i++) {
			out.println("                issued by " + server.get(i));
		}
		if (r.clientChain().isEmpty()) {
			out.println("  client chain  (not requested by the server)");
		} else {
			String source = fromDevice ? "rebuilt from the device's compressed certificates" : "from file";
			out.println("  client chain  " + String.join(" <- ", subjects(r.clientChain())) + " (" + source + ")");
		}
		List<String> commands = new ArrayList<>();
		for (String op : List.of("Sign", "ECDH", "GenKey", "Verify")) {
			commands.add(op + " " + r.deviceCommandCount(op));
		}
		out.println("  in the device " + String.join(", ", commands) + "   (all commands: " + r.deviceCommands() + ")");
		for (String check : r.deviceChecks()) {
			out.println("                " + check);
		}
		if (record != null) {
			out.println("  recorded      " + record);
		}
		if (keylog != null) {
			out.println("  key log       " + keylog);
		}
		if (answer != null) {
			out.println("--- server answer ---");
			out.print(answer);
			if (!answer.endsWith("\n")) {
				out.println();
			}
		}
	}

	private static List<String> subjects(List<X509Certificate> chain) {
		return chain.stream().map(c -> c.getSubjectX500Principal().getName()).toList();
	}

}
