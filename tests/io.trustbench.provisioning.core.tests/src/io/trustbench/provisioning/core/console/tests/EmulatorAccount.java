package io.trustbench.provisioning.core.console.tests;

import java.nio.file.Path;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.CertificateStatus;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.console.AwsConsole;
import io.trustbench.provisioning.core.console.ConsoleSession;
import io.trustbench.provisioning.core.console.ConsoleTls;

/**
 * A Trustbench emulator with an account the console can show: a CA registered with its
 * verification certificate, a device certificate of that CA with a policy and a thing attached,
 * a topic rule, and the device's own TLS files for connecting like a real thing.
 */
final class EmulatorAccount implements AutoCloseable {

	static final String THING = "console-thing";
	static final String POLICY = "ConsoleDevicePolicy";
	static final String RULE = "console_republish";
	static final String ALLOW_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:*\",\"Resource\":\"*\"}]}";

	final IotEmulator emulator;
	final CloudSession cloud;
	final AwsConsole console;
	final String caId;
	final String certificateId;
	final String certificateArn;
	final Path deviceCert;
	final Path deviceKey;

	private EmulatorAccount(Path dir) throws Exception {
		emulator = IotEmulator.start(EmulatorOptions.defaults(dir.resolve("emulator")).onFreePorts());
		cloud = CloudSession.forEmulator(emulator);
		console = new AwsConsole(ConsoleSession.on(cloud));
		IotClient iot = cloud.iot();
		TestPki.Issued ca = TestPki.ca("Console Test Signer");
		String code = iot.getRegistrationCode(r -> { }).registrationCode();
		TestPki.Issued verification = TestPki.issue(ca, code);
		caId = iot.registerCACertificate(r -> r.caCertificate(ca.pem()).verificationCertificate(verification.pem())
				.setAsActive(true).allowAutoRegistration(true)).certificateId();
		TestPki.Issued device = TestPki.issue(ca, THING);
		var registered = iot.registerCertificate(
				r -> r.certificatePem(device.pem()).caCertificatePem(ca.pem()).status(CertificateStatus.ACTIVE));
		certificateId = registered.certificateId();
		certificateArn = registered.certificateArn();
		iot.createPolicy(r -> r.policyName(POLICY).policyDocument(ALLOW_ALL));
		iot.attachPolicy(r -> r.policyName(POLICY).target(certificateArn));
		iot.createThing(r -> r.thingName(THING).attributePayload(a -> a.attributes(java.util.Map.of("model", "ATECC508A"))));
		iot.attachThingPrincipal(r -> r.thingName(THING).principal(certificateArn));
		iot.createTopicRule(r -> r.ruleName(RULE).topicRulePayload(p -> p.sql("SELECT * FROM 'things/+/telemetry'")
				.actions(a -> a.republish(rp -> rp.topic("console/republished").roleArn(
						"arn:aws:iam::" + emulator.accountId() + ":role/republish")))));
		Path[] files = device.writeTo(dir, "device");
		deviceCert = files[0];
		deviceKey = files[1];
	}

	static EmulatorAccount start(Path dir) throws Exception {
		return new EmulatorAccount(dir);
	}

	/** The device itself, connecting with its own certificate and key (client id = thing name). */
	MqttClient connectDevice() throws Exception {
		MqttClient device = new MqttClient("ssl://127.0.0.1:" + emulator.mqttPort(), THING, new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setCleanSession(true);
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		options.setConnectionTimeout(10);
		options.setSocketFactory(ConsoleTls.socketFactory(deviceCert, deviceKey, emulator.serverCaFile()));
		device.setTimeToWait(10_000);
		try {
			device.connect(options);
		} catch (MqttException e) {
			device.close(true);
			throw e;
		}
		return device;
	}

	@Override
	public void close() {
		console.close();
		cloud.close();
		emulator.close();
	}
}
