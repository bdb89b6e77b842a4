package io.trustbench.secureelement.core.internal.registry;

import java.util.List;

import io.trustbench.secureelement.core.DeviceType;

/**
 * What plugin.xml contributes, for running without an extension registry (plain JUnit, tools).
 * Keep in step with plugin.xml.
 */
final class BuiltinContributions {

	private BuiltinContributions() {
	}

	static List<TransportRegistry.Descriptor> transports() {
		return List.of();
	}

	static List<DeviceType> deviceTypes() {
		return List.of(new DeviceType("root-dongle", "AWS Root CA dongle", "AT88CKECCROOT", "hid", 0x04D8, 0x0F30),
				new DeviceType("signer-dongle", "AWS Signer CA dongle", "AT88CKECCSIGNER", "hid", 0x04D8, 0x0F31),
				new DeviceType("thing", "ATSAMG55 AWS IoT thing", "ATSAMG55", "serial", 0x03EB, 0x2404));
	}
}
