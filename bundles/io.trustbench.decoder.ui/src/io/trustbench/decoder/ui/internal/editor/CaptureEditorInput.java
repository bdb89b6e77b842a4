package io.trustbench.decoder.ui.internal.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.trustbench.decoder.ui.DecoderUi;

/**
 * A capture file on disk (the product has no workspace resources). Persistable, so that the
 * editor reopens with the workbench; its key log travels in the memento too.
 */
public final class CaptureEditorInput extends PlatformObject implements IPathEditorInput, IPersistableElement {

	static final String TAG_PATH = "path";
	static final String TAG_KEY_LOG = "keyLog";

	private final Path file;
	private final Path keyLog;

	public CaptureEditorInput(Path file) {
		this(file, null);
	}

	/** @param keyLog key log to decode with, or null to use the one remembered for this capture */
	public CaptureEditorInput(Path file, Path keyLog) {
		this.file = file.toAbsolutePath().normalize();
		this.keyLog = keyLog == null ? null : keyLog.toAbsolutePath().normalize();
	}

	public Path file() {
		return file;
	}

	/** The key log given with the input, or null. */
	public Path keyLog() {
		return keyLog;
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return java.nio.file.Files.isRegularFile(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return org.eclipse.jface.resource.ResourceLocator.imageDescriptorFromBundle(DecoderUi.PLUGIN_ID, "icons/capture16.png")
				.orElse(null);
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(TAG_PATH, file.toString());
		if (keyLog != null) {
			memento.putString(TAG_KEY_LOG, keyLog.toString());
		}
	}

	@Override
	public String getFactoryId() {
		return DecoderUi.INPUT_FACTORY_ID;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CaptureEditorInput that && file.equals(that.file);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file);
	}
}
