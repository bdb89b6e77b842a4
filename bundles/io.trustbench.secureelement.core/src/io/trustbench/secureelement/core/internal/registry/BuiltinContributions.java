package io.trustbench.secureelement.core.internal.registry;

import java.util.List;

import io.trustbench.secureelement.core.DeviceType;
import io.trustbench.secureelement.core.internal.emulator.RootDongleProfile;
import io.trustbench.secureelement.core.internal.emulator.SignerDongleProfile;
import io.trustbench.secureelement.core.internal.emulator.ThingProfile;
import io.trustbench.secureelement.core.internal.transport.EmulatorKitTransport;
import io.trustbench.secureelement.core.internal.transport.HidKitTransport;
import io.trustbench.secureelement.core.internal.transport.SerialKitTransport;

/**
 * What plugin.xml contributes, for running without an extension registry (plain JUnit, tools).
 * Keep in step with plugin.xml.
 */
final class BuiltinContributions {

	private BuiltinContributions() {
	}

	static List<TransportRegistry.Descriptor> transports() {
		return List.of(new TransportRegistry.Descriptor("emulator", "Emulated kits (workspace)", EmulatorKitTransport::new),
				new TransportRegistry.Descriptor("hid", "USB HID dongles", HidKitTransport::new),
				new TransportRegistry.Descriptor("serial", "USB CDC serial kits", SerialKitTransport::new));
	}

	static List<DeviceTypeRegistry.Entry> deviceTypes() {
		return List.of(
				new DeviceTypeRegistry.Entry(
						new DeviceType("root-dongle", "AWS Root CA dongle", "AT88CKECCROOT", "hid", 0x04D8, 0x0F30),
						RootDongleProfile::new),
				new DeviceTypeRegistry.Entry(
						new DeviceType("signer-dongle", "AWS Signer CA dongle", "AT88CKECCSIGNER", "hid", 0x04D8, 0x0F31),
						SignerDongleProfile::new),
				new DeviceTypeRegistry.Entry(
						new DeviceType("thing", "ATSAMG55 AWS IoT thing", "ATSAMG55", "serial", 0x03EB, 0x2404),
						ThingProfile::new),
				new DeviceTypeRegistry.Entry(new DeviceType("cryptoauth-kit",
						"CryptoAuth USB kit (AT88CK590, cryptoauthlib default HID)", "", "hid", 0x03EB, 0x2312), null));
	}
}
