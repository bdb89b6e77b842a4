package io.trustbench.decoder.ui.internal.editor;

import io.trustbench.decoder.PacketSummary;

/** An element of the virtual packet list: a frame number and its row once decoded (else null). */
record PacketRow(int frame, PacketSummary summary) {
}
