package io.trustbench.tlsclient.core.internal.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.paho.client.mqttv3.MqttException;

import io.trustbench.cli.demo.DemoContext;
import io.trustbench.cli.demo.DemoStep;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.tlsclient.core.thing.ThingSimulator;

/**
 * Demo step "mqtt": the provisioned thing runs through the hardened client against the emulator —
 * (re)connects with back-off, reports its shadow, publishes telemetry, receives a desired-state
 * change set through the data plane as a delta and reports it back. Its last connection is
 * recorded for the "decode" step. Context contract: docs/tls-client.md.
 */
public final class MqttDemoStep implements DemoStep {

	/** In: thing device id (String), default {@value #DEFAULT_THING}. */
	public static final String THING_DEVICE = "thing.deviceId";
	/** In: the MQTT endpoint's CA certificate file (Path), default {@code <workspace>/emulator/server-ca.pem}. */
	public static final String SERVER_CA = "emulator.serverCaFile";
	/** In: base URL of the emulator's REST/data-plane API (String), e.g. {@code http://127.0.0.1:8080}. */
	public static final String API_URL = "emulator.apiUrl";
	/** Out: the thing name (String). */
	public static final String THING_NAME = "mqtt.thingName";
	/** Out: recorded pcapng of the thing's MQTT connection (Path). */
	public static final String PCAPNG = "tls.pcapng";
	/** Out: its NSS key log (Path). */
	public static final String KEYLOG = "tls.keylog";
	static final String DEFAULT_THING = "emu-thing";
	private static final String BUNDLE = "io.trustbench.tlsclient.core";

	@Override
	public IStatus run(DemoContext context, IProgressMonitor monitor) throws Exception {
		SubMonitor sub = SubMonitor.convert(monitor, "MQTT and shadow round trip", 4);
		String deviceId = context.get(THING_DEVICE, String.class).orElse(DEFAULT_THING);
		Path ca = context.get(SERVER_CA, Path.class)
				.orElse(context.workspace().resolve("emulator").resolve("server-ca.pem"));
		if (!Files.isRegularFile(ca)) {
			return error("no MQTT endpoint CA at " + ca + " (the emulator step puts " + SERVER_CA + ")");
		}
		List<java.security.cert.X509Certificate> cas;
		try (var in = Files.newInputStream(ca)) {
			cas = java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
					.map(java.security.cert.X509Certificate.class::cast).toList();
		}
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		try (SecureElement thing = devices.open(deviceId, sub.split(1));
				ThingSimulator sim = ThingSimulator.open(thing, cas, context.out()::println, true, sub.split(1))) {
			sim.connect(ThingSimulator.Backoff.JITR, sub.split(1));
			sim.publishTelemetry("{\"demo\":true,\"thing\":\"" + sim.thingName() + "\"}");
			context.put(THING_NAME, sim.thingName());
			String api = context.get(API_URL, String.class).orElse(null);
			boolean delta = false;
			if (api != null) {
				setDesired(api, sim.thingName(), "{\"state\":{\"desired\":{\"led1\":\"on\"}}}");
				delta = sim.awaitDeltas(1, Duration.ofSeconds(15), sub.split(1));
			} else {
				context.out().println("no " + API_URL + " in the demo context: no desired-state change sent");
			}
			sim.close();
			Path dir = context.workspace().resolve("demo");
			Files.createDirectories(dir);
			Path pcapng = dir.resolve("thing-mqtt.pcapng");
			Path keys = dir.resolve("thing-mqtt.keys");
			if (sim.writeRecording(pcapng, keys)) {
				context.put(PCAPNG, pcapng);
				context.put(KEYLOG, keys);
				context.out().println("recorded " + pcapng + " (key log " + keys + ")");
			}
			if (api != null && !delta) {
				return error("the thing did not receive the shadow delta within 15 s");
			}
			return Status.OK_STATUS;
		} catch (SecureElementException | MqttException | IOException e) {
			return error(e.getMessage());
		}
	}

	/** UpdateThingShadow on the local emulator's data plane (which does not check SigV4 signatures). */
	static void setDesired(String api, String thingName, String document) throws IOException {
		URI uri = URI.create(api.replaceAll("/+$", "") + "/things/"
				+ URLEncoder.encode(thingName, StandardCharsets.UTF_8).replace("+", "%20") + "/shadow");
		HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
		c.setRequestMethod("POST");
		c.setDoOutput(true);
		c.setRequestProperty("Content-Type", "application/json");
		// The local emulator checks the SigV4 scheme but not the signature; real AWS would refuse this.
		c.setRequestProperty("Authorization",
				"AWS4-HMAC-SHA256 Credential=local/20260101/us-west-2/iotdata/aws4_request, SignedHeaders=host, Signature=0");
		try (OutputStream out = c.getOutputStream()) {
			out.write(document.getBytes(StandardCharsets.UTF_8));
		}
		int code = c.getResponseCode();
		c.disconnect();
		if (code / 100 != 2) {
			throw new IOException("UpdateThingShadow answered HTTP " + code);
		}
	}

	private static IStatus error(String message) {
		return new Status(IStatus.ERROR, BUNDLE, message);
	}
}
