package io.trustbench.provisioning.core.internal.thing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.paho.client.mqttv3.MqttException;

import io.trustbench.core.TrafficLog;
import io.trustbench.provisioning.core.thing.ThingConnector;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.tlsclient.core.thing.ThingSimulator;

/**
 * The JITR flow's thing connector: the device simulator of the hardened TLS client bundle, i.e. the
 * seed's firmware behaviour on an emulated (or real) Thing kit — credentials from its slots, TLS
 * with Sign and ECDH inside its ATECC508A.
 */
public final class SimulatorThingConnector implements ThingConnector {

	@Override
	public Attempt tryConnect(DeviceManager devices, String thingDeviceId, Path serverCa, IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try (SecureElement thing = devices.open(thingDeviceId, progress.split(1));
				ThingSimulator simulator = ThingSimulator.open(thing, trust(serverCa), this::log, progress.split(1))) {
			try {
				simulator.connect(new ThingSimulator.Backoff(Duration.ofMillis(100), Duration.ofMillis(100), 1), null);
				return new Attempt(true, "connected as " + simulator.thingName());
			} catch (MqttException refused) {
				String why = refused.getCause() != null && refused.getCause().getMessage() != null
						? refused.getCause().getMessage() : refused.getMessage();
				return new Attempt(false, why == null ? "connection closed by the server" : why);
			}
		}
	}

	@Override
	public String publishAndReport(DeviceManager devices, String thingDeviceId, Path serverCa, String topic, String message, String reportedJson,
			IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		try (SecureElement thing = devices.open(thingDeviceId, progress.split(1));
				ThingSimulator simulator = ThingSimulator.open(thing, trust(serverCa), this::log, progress.split(1))) {
			simulator.connect(ThingSimulator.Backoff.JITR, progress.split(1));
			simulator.publishTelemetry(message);
			long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			while (simulator.reportsAccepted() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			if (simulator.reportsAccepted() == 0) {
				throw new IllegalStateException("the shadow did not accept the thing's report within 15 s");
			}
			return "connected as " + simulator.thingName() + " after " + simulator.attempts() + " attempt(s), published telemetry, "
					+ "shadow report accepted (" + simulator.reportsAccepted() + ")";
		}
	}

	private void log(String line) {
		TrafficLog.global().log(TrafficLog.Channel.MQTT, "thing", line);
	}

	private static List<X509Certificate> trust(Path serverCa) throws Exception {
		List<X509Certificate> cas = new ArrayList<>();
		if (serverCa != null) {
			try (InputStream in = Files.newInputStream(serverCa)) {
				for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
					cas.add((X509Certificate) cert);
				}
			}
		}
		return cas;
	}
}
