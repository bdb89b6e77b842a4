package io.trustbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A file on disk as an editor input. The product has no resources plug-in, so editors open plain
 * paths; the input persists its path (and what a subclass adds) so the editor reopens after a
 * restart. Equal inputs name the same file, so opening a file twice shows its open editor.
 */
public abstract class FileEditorInput extends PlatformObject implements IPathEditorInput, IPersistableElement {

	/** Memento key of the path; element factories read it back. */
	public static final String TAG_PATH = "path";

	private final Path file;

	protected FileEditorInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public Path file() {
		return file;
	}

	@Override
	public IPath getPath() {
		return IPath.fromPath(file);
	}

	@Override
	public boolean exists() {
		return Files.isRegularFile(file);
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(TAG_PATH, file.toString());
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && ((FileEditorInput) other).file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
