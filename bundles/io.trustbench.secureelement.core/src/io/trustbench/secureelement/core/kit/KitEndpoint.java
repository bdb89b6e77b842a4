package io.trustbench.secureelement.core.kit;

/**
 * A kit found by a transport, before anything is said to it.
 *
 * @param id        stable id: {@code emu-root}, {@code hid:04d8:0f30:<path>}, {@code serial:/dev/ttyACM0}
 * @param transport the id of the transport that found it
 * @param name      product string or emulated kit name
 * @param location  HID path, serial port name or state file
 * @param vendorId  USB vendor id, or -1
 * @param productId USB product id, or -1
 * @param kindHint  device-type id guessed from USB ids / emulator profile, or {@code unknown}
 */
public record KitEndpoint(String id, String transport, String name, String location, int vendorId, int productId,
		String kindHint) {
}
