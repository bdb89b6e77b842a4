package io.trustbench.decoder.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link CaptureEditorInput} from the workbench memento. */
public final class CaptureInputFactory implements IElementFactory {

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(CaptureEditorInput.TAG_PATH);
		if (path == null) {
			return null;
		}
		String keyLog = memento.getString(CaptureEditorInput.TAG_KEY_LOG);
		return new CaptureEditorInput(Path.of(path), keyLog == null ? null : Path.of(keyLog));
	}
}
