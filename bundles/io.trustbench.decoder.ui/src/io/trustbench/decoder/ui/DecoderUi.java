package io.trustbench.decoder.ui;

/** Ids of the TLS Handshake editor that other bundles and persisted workbenches refer to. */
public final class DecoderUi {

	public static final String PLUGIN_ID = "io.trustbench.decoder.ui";
	public static final String CAPTURE_EDITOR_ID = "io.trustbench.decoder.ui.captureEditor";
	public static final String OPEN_CAPTURE_COMMAND_ID = "io.trustbench.decoder.ui.openCapture";
	public static final String CHOOSE_KEY_LOG_COMMAND_ID = "io.trustbench.decoder.ui.chooseKeyLog";
	public static final String INPUT_FACTORY_ID = "io.trustbench.decoder.ui.captureInputFactory";
	/** Job family of indexing, filtering and row-fetching jobs (tests join it). */
	public static final Object JOB_FAMILY = new Object();

	private DecoderUi() {
	}
}
