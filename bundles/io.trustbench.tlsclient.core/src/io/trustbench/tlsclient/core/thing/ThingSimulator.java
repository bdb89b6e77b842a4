package io.trustbench.tlsclient.core.thing;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.tlsclient.core.DeviceTlsConnection;
import io.trustbench.tlsclient.core.DeviceTlsSocketFactory;
import io.trustbench.tlsclient.core.HandshakeReport;
import io.trustbench.tlsclient.core.TlsClientOptions;

/**
 * A simulated thing (the seed's ATSAMG55 firmware, {@code aws_client_task.c}) on an emulated or
 * real kit: reads its endpoint and thing name from slot 8 and rebuilds its certificates from
 * slots 10–12, connects over the hardened TLS client with MQTT (Paho, client id = thing name),
 * retries with exponential back-off while JITR activates its certificate, reports its shadow
 * state, publishes telemetry and answers shadow deltas by reporting the new state.
 *
 * <p>Headless: the CLI, the demo and the provisioning flows drive the same class. The kit must
 * stay open while the simulator runs (handshakes use it); close the simulator first.
 */
public final class ThingSimulator implements AutoCloseable {

	/** Back-off between connection attempts: first delay, cap, and how many attempts in all. */
	public record Backoff(Duration first, Duration max, int attempts) {
		public static final Backoff JITR = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(8), 8);

		Duration after(int attempt) {
			long ms = first.toMillis() << Math.min(attempt - 1, 20);
			return Duration.ofMillis(Math.min(ms, max.toMillis()));
		}
	}

	private final ThingUserData userData;
	private final ThingCertificates certificates;
	private final DeviceTlsSocketFactory factory;
	private final MqttClient client;
	private final ThingEvents events;
	private final ShadowState state = new ShadowState();
	private final ExecutorService reporter = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "thing shadow reporter");
		t.setDaemon(true);
		return t;
	});
	private final AtomicInteger deltasHandled = new AtomicInteger();
	private final AtomicInteger reportsAccepted = new AtomicInteger();
	private int attempts;

	private ThingSimulator(ThingUserData userData, ThingCertificates certificates, DeviceTlsSocketFactory factory,
			MqttClient client, ThingEvents events) {
		this.userData = userData;
		this.certificates = certificates;
		this.factory = factory;
		this.client = client;
		this.events = events;
	}

	/**
	 * Reads the thing's slots and prepares (does not connect) the simulator.
	 *
	 * @param serverCas CA certificates of the MQTT endpoint (the emulator's {@code server-ca.pem})
	 */
	public static ThingSimulator open(SecureElement thing, List<X509Certificate> serverCas, ThingEvents events,
			IProgressMonitor monitor) throws SecureElementException {
		return open(thing, serverCas, events, false, monitor);
	}

	/** @param record capture every connection's TCP streams for {@link #writeRecording} */
	public static ThingSimulator open(SecureElement thing, List<X509Certificate> serverCas, ThingEvents events,
			boolean record, IProgressMonitor monitor) throws SecureElementException {
		SubMonitor sub = SubMonitor.convert(monitor, "Reading thing " + thing.descriptor().id(), 2);
		ThingUserData data = ThingUserData.read(thing, sub.split(1));
		if (data.problem().isPresent()) {
			throw new SecureElementException(thing.descriptor().id() + ": " + data.problem().get());
		}
		ThingCertificates certs = ThingCertificates.read(thing, sub.split(1));
		TlsClientOptions options = TlsClientOptions.defaults(data.endpointHost(), data.endpointPort(), serverCas)
				.withRecording(record);
		DeviceTlsSocketFactory factory = new DeviceTlsSocketFactory(thing, certs.identity(), options);
		try {
			MqttClient client = new MqttClient("tcp://" + hostForUri(data.endpointHost()) + ":" + data.endpointPort(),
					data.thingName(), new MemoryPersistence());
			ThingSimulator sim = new ThingSimulator(data, certs, factory, client, events == null ? ThingEvents.NONE : events);
			factory.addListener(sim::handshakeDone);
			return sim;
		} catch (MqttException e) {
			throw new SecureElementException("cannot create the MQTT client: " + e.getMessage(), e);
		}
	}

	private static String hostForUri(String host) {
		return host.contains(":") ? "[" + host + "]" : host;
	}

	public String thingName() {
		return userData.thingName();
	}

	public ThingUserData userData() {
		return userData;
	}

	public ThingCertificates certificates() {
		return certificates;
	}

	/** Handshakes so far (one per connection attempt that got through TLS). */
	public List<HandshakeReport> handshakes() {
		return factory.connections().stream().map(DeviceTlsConnection::report).toList();
	}

	/** Connection attempts made by the last {@link #connect}. */
	public int attempts() {
		return attempts;
	}

	/**
	 * Writes the last connection (the one that got through, with its MQTT traffic) as pcapng and
	 * its NSS key log; false when nothing was recorded.
	 */
	public boolean writeRecording(java.nio.file.Path pcapng, java.nio.file.Path keyLog) throws java.io.IOException {
		List<DeviceTlsConnection> all = factory.connections();
		if (all.isEmpty() || all.get(all.size() - 1).capture().isEmpty()) {
			return false;
		}
		DeviceTlsConnection last = all.get(all.size() - 1);
		last.writePcapng(pcapng, false);
		last.keyLog().write(keyLog);
		return true;
	}

	public ShadowState state() {
		return state;
	}

	public int deltasHandled() {
		return deltasHandled.get();
	}

	public int reportsAccepted() {
		return reportsAccepted.get();
	}

	private void handshakeDone(DeviceTlsConnection c) {
		HandshakeReport r = c.report();
		event("TLS " + r.version().label() + " " + r.cipherSuite() + " with " + r.serverSubject() + " (device: Sign "
				+ r.deviceCommandCount("Sign") + ", ECDH " + r.deviceCommandCount("ECDH") + ", Verify "
				+ r.deviceCommandCount("Verify") + ")");
	}

	/**
	 * Connects, retrying with back-off: an unknown certificate is registered by JITR and the first
	 * connection closed; the next attempts succeed once the activation rule ran. Then subscribes
	 * to its shadow topics and reports its whole state.
	 */
	public void connect(Backoff backoff, IProgressMonitor monitor) throws MqttException {
		SubMonitor sub = SubMonitor.convert(monitor, "Connecting " + thingName(), backoff.attempts());
		attempts = 0;
		while (true) {
			attempts++;
			try {
				client.connect(connectOptions());
				event("connected as " + thingName() + " to " + userData.host() + " (attempt " + attempts + ")");
				break;
			} catch (MqttException e) {
				String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
						: e.getMessage();
				event("attempt " + attempts + " refused: " + why);
				if (attempts >= backoff.attempts()) {
					throw e;
				}
			}
			Duration wait = backoff.after(attempts);
			event("retrying in " + wait.toMillis() + " ms");
			sleep(wait, sub);
			sub.worked(1);
		}
		subscribe();
		publish(shadowTopic("update"), state.reportAll("initial"));
	}

	private MqttConnectOptions connectOptions() {
		MqttConnectOptions o = new MqttConnectOptions();
		o.setSocketFactory(factory);
		o.setCleanSession(true);
		o.setConnectionTimeout(15);
		o.setKeepAliveInterval(60);
		o.setAutomaticReconnect(false);
		// Otherwise Paho retries a refused 3.1.1 CONNECT as 3.1 and hides JITR's refusal.
		o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		return o;
	}

	private void subscribe() throws MqttException {
		client.subscribe(shadowTopic("update/delta"), 1, (topic, message) -> {
			String reply = state.applyDelta(new String(message.getPayload(), StandardCharsets.UTF_8));
			if (reply != null) {
				event("delta received: " + new String(message.getPayload(), StandardCharsets.UTF_8));
				reporter.execute(() -> reportBack(reply));
			}
		});
		client.subscribe(shadowTopic("update/accepted"), 1, (topic, message) -> reportsAccepted.incrementAndGet());
		client.subscribe(shadowTopic("update/rejected"), 1,
				(topic, message) -> event("shadow update rejected: " + new String(message.getPayload(), StandardCharsets.UTF_8)));
	}

	private void reportBack(String reply) {
		try {
			publish(shadowTopic("update"), reply);
			deltasHandled.incrementAndGet();
		} catch (MqttException e) {
			event("could not report the new state: " + e.getMessage());
		}
	}

	/** Publishes one telemetry message on {@code things/<name>/telemetry} (allowed by the JITR policy). */
	public void publishTelemetry(String json) throws MqttException {
		publish("things/" + thingName() + "/telemetry", json);
	}

	private void publish(String topic, String json) throws MqttException {
		client.publish(topic, json.getBytes(StandardCharsets.UTF_8), 1, false);
		TrafficLog.global().log(TrafficLog.Channel.MQTT, thingName(), "PUBLISH " + topic + " " + json);
		event("published " + topic + " " + json);
	}

	/** Waits until {@code count} deltas were handled and reported back, or the timeout passes. */
	public boolean awaitDeltas(int count, Duration timeout, IProgressMonitor monitor) {
		Instant end = Instant.now().plus(timeout);
		while (deltasHandled.get() < count) {
			if (Instant.now().isAfter(end) || !client.isConnected()) {
				return deltasHandled.get() >= count;
			}
			sleep(Duration.ofMillis(50), monitor);
		}
		return true;
	}

	public String shadowTopic(String suffix) {
		return "$aws/things/" + thingName() + "/shadow/" + suffix;
	}

	public boolean isConnected() {
		return client.isConnected();
	}

	private void event(String line) {
		TrafficLog.global().log(TrafficLog.Channel.MQTT, thingName(), line);
		events.event(line);
	}

	private static void sleep(Duration d, IProgressMonitor monitor) {
		long end = System.nanoTime() + d.toNanos();
		while (System.nanoTime() < end) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				Thread.sleep(Math.min(50, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
	}

	@Override
	public void close() {
		reporter.shutdown();
		try {
			reporter.awaitTermination(5, TimeUnit.SECONDS);
			if (client.isConnected()) {
				client.disconnect(2000);
			}
		} catch (MqttException | InterruptedException e) {
			// closing anyway
		}
		try {
			client.close(true);
		} catch (MqttException e) {
			// nothing left to release
		}
	}
}
