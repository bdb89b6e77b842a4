package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import software.amazon.awssdk.services.iot.model.CertificateStatus;

/**
 * Load: 500 emulated devices each run the full JITR sequence (connect → refused and registered →
 * activated by the rule → reconnect → publish) concurrently; every message must arrive and every
 * certificate must end ACTIVE. Prints devices per second.
 */
@Timeout(240)
class JitrLoadTest {

	static final int DEVICES = Integer.getInteger("trustbench.load.devices", 500);
	static final int PARALLEL = 16;

	private static long processCpuNanos() {
		java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
	}

	@Test
	void fiveHundredDevicesRegisterJustInTimeAndPublishWithNoneLost() throws Exception {
		try (EmulatorFixture fixture = new EmulatorFixture()) {
			TestPki pki = new TestPki("Load");
			String caId = JitrSetup.registerSigner(fixture.iot, pki);
			JitrSetup.createActivationRule(fixture.iot, fixture.emulator, "jitr_load", caId);

			TestPki.Identity watcher = pki.device("watcher");
			String arn = fixture.iot.registerCertificate(b -> b.certificatePem(watcher.pem())
					.caCertificatePem(pki.signer.pem()).setAsActive(true)).certificateArn();
			fixture.iot.createPolicy(b -> b.policyName("watch_telemetry").policyDocument(
					"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iot:Connect\",\"iot:Subscribe\",\"iot:Receive\"],\"Resource\":\"*\"}]}"));
			fixture.iot.attachPolicy(b -> b.policyName("watch_telemetry").target(arn));
			Set<String> received = ConcurrentHashMap.newKeySet();
			CountDownLatch all = new CountDownLatch(DEVICES);
			MqttClient watch = MqttDevices.client(fixture.mqttUri(), "watcher");
			watch.connect(MqttDevices.options(pki.socketFactory(watcher, fixture.emulator.serverCa())));
			watch.subscribe("things/+/telemetry", 1, (topic, message) -> {
				if (received.add(topic)) {
					all.countDown();
				}
			});

			List<TestPki.Identity> devices = new ArrayList<>();
			for (int i = 0; i < DEVICES; i++) {
				devices.add(pki.device(String.format("load-%04d", i)));
			}
			ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
			long start = System.nanoTime();
			long cpuStart = processCpuNanos();
			List<Future<?>> results = new ArrayList<>();
			for (int i = 0; i < DEVICES; i++) {
				TestPki.Identity device = devices.get(i);
				String name = String.format("load-%04d", i);
				results.add(pool.submit(() -> {
					SSLSocketFactory factory = pki.socketFactory(device, fixture.emulator.serverCa());
					MqttClient client = MqttDevices.connectFresh(fixture.mqttUri(), name, factory, Duration.ofSeconds(60));
					try {
						client.publish("things/" + name + "/telemetry",
								("{\"device\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8), 1, false);
						client.disconnect();
					} finally {
						client.close();
					}
					return null;
				}));
			}
			for (Future<?> f : results) {
				f.get(90, TimeUnit.SECONDS);
			}
			assertTrue(all.await(30, TimeUnit.SECONDS), "messages received: " + received.size() + " of " + DEVICES);
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
			pool.shutdown();
			watch.disconnect();
			watch.close();

			long active = fixture.iot.listCertificatesByCAPaginator(b -> b.caCertificateId(caId).pageSize(250)).stream()
					.flatMap(p -> p.certificates().stream()).filter(c -> c.status() == CertificateStatus.ACTIVE).count();
			assertEquals(DEVICES + 1, active, "every JITR certificate active (plus the watcher)");
			assertEquals(DEVICES, received.size());
			System.out.printf("JITR load: %d devices (connect → refused → activated → reconnect → publish) in %.1f s"
					+ " = %.1f devices/s, 0 lost; process CPU %.1f s (devices and emulator share the JVM), load average %.1f%n",
					DEVICES, seconds, DEVICES / seconds, cpuSeconds,
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}
}
