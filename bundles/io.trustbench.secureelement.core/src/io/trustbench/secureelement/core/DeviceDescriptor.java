package io.trustbench.secureelement.core;

/**
 * A kit found on a transport, known without talking to its chip.
 *
 * @param id        stable id used by the CLI and the UI, e.g. {@code emu-thing}, {@code serial:/dev/ttyACM0}
 * @param kind      device-type id from {@code io.trustbench.secureelement.core.deviceTypes}
 *                  ({@code root-dongle}, {@code signer-dongle}, {@code thing}, or {@code unknown})
 * @param transport transport id ({@code hid}, {@code serial}, {@code emulator})
 * @param name      what the kit calls itself ({@code AT88CKECCROOT}, {@code ATSAMG55}) or a USB product string
 * @param location  where it is plugged: HID path, serial port, state file
 */
public record DeviceDescriptor(String id, String kind, String transport, String name, String location) {
}
