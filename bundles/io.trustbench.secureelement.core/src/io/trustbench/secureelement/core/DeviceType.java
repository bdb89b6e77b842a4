package io.trustbench.secureelement.core;

/**
 * A kind of kit, contributed to {@code io.trustbench.secureelement.core.deviceTypes}: how to
 * recognise it (USB ids, the name it gives to {@code b:f(00)}) and what it is for.
 *
 * @param id        stable id ({@code root-dongle}, {@code signer-dongle}, {@code thing})
 * @param label     for the UI ("AWS Root CA dongle")
 * @param kitName   prefix of the {@code b:f(00)} text ({@code AT88CKECCROOT})
 * @param transport transport id where it is found ({@code hid}, {@code serial})
 * @param vendorId  USB vendor id, or -1
 * @param productId USB product id, or -1
 */
public record DeviceType(String id, String label, String kitName, String transport, int vendorId, int productId) {

	public static final String UNKNOWN = "unknown";

	public boolean matchesUsb(int vid, int pid) {
		return vendorId >= 0 && vendorId == vid && productId == pid;
	}

	public boolean matchesKitName(String text) {
		return kitName != null && !kitName.isEmpty() && text != null && text.trim().startsWith(kitName);
	}
}
