package io.trustbench.decoder.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IMemento;

import io.trustbench.decoder.ui.DecoderUi;
import io.trustbench.ui.FileEditorInput;

/** A capture file on disk; its key log travels in the memento too, so a reopened editor decrypts. */
public final class CaptureEditorInput extends FileEditorInput {

	static final String TAG_PATH = FileEditorInput.TAG_PATH;
	static final String TAG_KEY_LOG = "keyLog";

	private final Path keyLog;

	public CaptureEditorInput(Path file) {
		this(file, null);
	}

	/** @param keyLog key log to decode with, or null to use the one remembered for this capture */
	public CaptureEditorInput(Path file, Path keyLog) {
		super(file);
		this.keyLog = keyLog == null ? null : keyLog.toAbsolutePath().normalize();
	}

	/** The key log given with the input, or null. */
	public Path keyLog() {
		return keyLog;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ResourceLocator.imageDescriptorFromBundle(DecoderUi.PLUGIN_ID, "icons/capture16.png").orElse(null);
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		if (keyLog != null) {
			memento.putString(TAG_KEY_LOG, keyLog.toString());
		}
	}

	@Override
	public String getFactoryId() {
		return DecoderUi.INPUT_FACTORY_ID;
	}
}
