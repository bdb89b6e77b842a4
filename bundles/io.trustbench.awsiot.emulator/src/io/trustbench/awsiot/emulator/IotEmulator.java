package io.trustbench.awsiot.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;

import io.trustbench.awsiot.emulator.internal.MessageBus;
import io.trustbench.awsiot.emulator.internal.api.AccountApi;
import io.trustbench.awsiot.emulator.internal.api.CaCertificateApi;
import io.trustbench.awsiot.emulator.internal.api.CertificateApi;
import io.trustbench.awsiot.emulator.internal.api.ControlPlaneServer;
import io.trustbench.awsiot.emulator.internal.api.PolicyApi;
import io.trustbench.awsiot.emulator.internal.api.ProvisioningTemplateApi;
import io.trustbench.awsiot.emulator.internal.api.ShadowApi;
import io.trustbench.awsiot.emulator.internal.api.ThingApi;
import io.trustbench.awsiot.emulator.internal.api.TopicRuleApi;
import io.trustbench.awsiot.emulator.internal.mqtt.BrokerAuthorizer;
import io.trustbench.awsiot.emulator.internal.mqtt.BrokerHost;
import io.trustbench.awsiot.emulator.internal.mqtt.ConsolePrincipal;
import io.trustbench.awsiot.emulator.internal.mqtt.DeviceAdmission;
import io.trustbench.awsiot.emulator.internal.mqtt.MqttFront;
import io.trustbench.awsiot.emulator.internal.mqtt.PolicyGate;
import io.trustbench.awsiot.emulator.internal.mqtt.SessionRegistry;
import io.trustbench.awsiot.emulator.internal.pki.Pem;
import io.trustbench.awsiot.emulator.internal.pki.ServerPki;
import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.CertificateRegistry;
import io.trustbench.awsiot.emulator.internal.registry.PolicyRegistry;
import io.trustbench.awsiot.emulator.internal.registry.ThingRegistry;
import io.trustbench.awsiot.emulator.internal.rules.JitpProvisioner;
import io.trustbench.awsiot.emulator.internal.rules.JitrActivation;
import io.trustbench.awsiot.emulator.internal.rules.RuleEngine;
import io.trustbench.awsiot.emulator.internal.shadow.ShadowService;
import io.trustbench.awsiot.emulator.internal.state.StateStore;
import io.trustbench.core.TrafficLog;

/**
 * A local AWS IoT Core: control-plane REST API and IoT data plane on one HTTP port, an MQTT endpoint
 * over mutual TLS backed by an embedded Moquette broker, Device Shadows, topic rules with the
 * built-in JITR activation, and JITP. State lives in {@link EmulatorOptions#directory()} and
 * survives restarts.
 */
public final class IotEmulator implements AutoCloseable {

	/** Largest MQTT packet accepted (AWS allows 128 KB payloads). */
	static final int MAX_PACKET = 256 * 1024;

	private final EmulatorOptions options;
	private final StateStore store;
	private final ServerPki pki;
	private final ControlPlaneServer api;
	private final BrokerHost broker = new BrokerHost();
	private final MqttFront front;
	private final RuleEngine rules;

	private IotEmulator(EmulatorOptions options) throws IOException, GeneralSecurityException {
		this.options = options;
		Files.createDirectories(options.directory());
		store = new StateStore(options.directory());
		store.load();
		pki = ServerPki.loadOrCreate(options.directory(), options.host());
		Arns arns = new Arns(options.region(), store.account().accountId);
		CertificateRegistry certificates = new CertificateRegistry(store, arns);
		PolicyRegistry policies = new PolicyRegistry(store, arns);
		ThingRegistry things = new ThingRegistry(store, arns);
		rules = new RuleEngine(store);
		MessageBus bus = new MessageBus(broker, rules);
		rules.setRepublisher(bus::publish);
		rules.addBuiltInFunction(RuleEngine.BUILT_IN_JITR, new JitrActivation(certificates, policies, things, arns));
		ShadowService shadows = new ShadowService(store, bus::publish);
		bus.setShadows(shadows);
		SessionRegistry sessions = new SessionRegistry();
		certificates.addListener((id, status) -> {
			int closed = sessions.closeCertificate(id);
			if (closed > 0) {
				TrafficLog.global().log(TrafficLog.Channel.MQTT, "aws-iot-mqtt",
						"closed " + closed + " connection(s) of certificate " + id + ", now " + status);
			}
		});
		ConsolePrincipal console = new ConsolePrincipal(Pem.certificateId(pki.consoleCertificate()));
		PolicyGate gate = new PolicyGate(store, policies, arns, console);
		front = new MqttFront(store, new DeviceAdmission(store, certificates,
				new JitpProvisioner(store, certificates, policies, things, arns), bus, console), sessions, gate, MAX_PACKET);
		api = new ControlPlaneServer(List.of(new AccountApi(store, this::endpointAddress),
				new CaCertificateApi(certificates, arns), new CertificateApi(certificates, arns),
				new PolicyApi(policies, arns), new ThingApi(things, arns), new TopicRuleApi(store, rules, arns),
				new ProvisioningTemplateApi(store, arns), new ShadowApi(shadows)), store::flush);
		broker.start(new BrokerAuthorizer(sessions, gate), bus, MAX_PACKET);
	}

	/** Starts everything; on failure, whatever started is stopped again. */
	public static IotEmulator start(EmulatorOptions options) throws IOException, GeneralSecurityException {
		IotEmulator emulator = new IotEmulator(options);
		try {
			emulator.front.start(emulator.pki, options.host(), options.mqttPort(), emulator.broker.port());
			emulator.api.start(options.host(), options.apiPort());
		} catch (IOException | GeneralSecurityException | RuntimeException e) {
			emulator.close();
			throw e;
		}
		TrafficLog.global().log(TrafficLog.Channel.INFO, "aws-iot-emulator", "AWS IoT emulator: REST http://"
				+ options.host() + ":" + emulator.apiPort() + ", MQTT " + emulator.endpointAddress() + ", state "
				+ options.directory());
		return emulator;
	}

	public int apiPort() {
		return api.port();
	}

	public int mqttPort() {
		return front.port();
	}

	/** What DescribeEndpoint returns: the host, plus {@code :port} when the port is not 8883. */
	public String endpointAddress() {
		int port = front.port();
		return port == 8883 ? options.host() : options.host() + ":" + port;
	}

	public Path directory() {
		return options.directory();
	}

	public Path serverCaFile() {
		return options.directory().resolve("server-ca.pem");
	}

	/**
	 * The console's MQTT client certificate, issued by the emulator's own CA and admitted as the
	 * account owner (every MQTT action allowed); not a device certificate.
	 */
	public Path consoleCertificateFile() {
		return options.directory().resolve("server").resolve(ServerPki.CONSOLE_CERTIFICATE);
	}

	/** The console certificate's private key; it lives only in the emulator directory, like the server key. */
	public Path consoleKeyFile() {
		return options.directory().resolve("server").resolve(ServerPki.CONSOLE_KEY);
	}

	public X509Certificate serverCa() {
		return pki.caCertificate();
	}

	public String accountId() {
		return store.account().accountId;
	}

	public String region() {
		return options.region();
	}

	@Override
	public void close() {
		api.stop();
		front.stop();
		rules.shutdown();
		broker.stop();
	}
}
