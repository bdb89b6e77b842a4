package io.trustbench.secureelement.ui.internal.operations;

/**
 * What an operation shows when it succeeds.
 *
 * @param title   dialog title ("Sign with slot 0 of emu-thing")
 * @param message one line ("Signature R‖S (64 bytes)")
 * @param text    the value itself, copyable (hex, PEM, decoded config)
 * @param pem     a PEM form to offer "Copy as PEM", or null
 * @param value   the raw bytes (signature, key, random) for scripts and tests, or null
 */
public record OperationResult(String title, String message, String text, String pem, byte[] value) {
}
