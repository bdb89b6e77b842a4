package io.trustbench.awsiot.emulator.tests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.stream.Stream;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iotdataplane.IotDataPlaneClient;

/** An emulator on free ports in a temporary directory, and SDK clients pointed at it. */
final class EmulatorFixture implements AutoCloseable {

	final Path dir;
	IotEmulator emulator;
	IotClient iot;

	EmulatorFixture() throws IOException, GeneralSecurityException {
		this(Files.createTempDirectory("tb-iot-emulator"));
	}

	EmulatorFixture(Path dir) throws IOException, GeneralSecurityException {
		this.dir = dir;
		start();
	}

	static {
		if (Boolean.getBoolean("trustbench.test.trace")) {
			io.trustbench.core.TrafficLog.global().addListener(e -> System.out.println(e));
		}
	}

	void start() throws IOException, GeneralSecurityException {
		emulator = IotEmulator.start(EmulatorOptions.defaults(dir).onFreePorts());
		iot = iotClient(emulator.apiPort());
	}

	void restart() throws IOException, GeneralSecurityException {
		stop();
		start();
	}

	void stop() {
		if (iot != null) {
			iot.close();
		}
		if (emulator != null) {
			emulator.close();
		}
	}

	URI apiUri() {
		return URI.create("http://127.0.0.1:" + emulator.apiPort());
	}

	String mqttUri() {
		return "ssl://127.0.0.1:" + emulator.mqttPort();
	}

	static IotClient iotClient(int port) {
		return IotClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_WEST_2)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
				.httpClient(UrlConnectionHttpClient.create()).build();
	}

	IotDataPlaneClient dataClient() {
		return IotDataPlaneClient.builder().endpointOverride(apiUri()).region(Region.US_WEST_2)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
				.httpClient(UrlConnectionHttpClient.create()).build();
	}

	@Override
	public void close() throws IOException {
		stop();
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
