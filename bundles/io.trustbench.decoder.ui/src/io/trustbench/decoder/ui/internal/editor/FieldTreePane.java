package io.trustbench.decoder.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.Field;

/** The decoded fields of the selected frame as a tree, TLS opened to its handshake messages. */
final class FieldTreePane {

	static final String KEY = "io.trustbench.decoder.ui.fields";

	private final TreeViewer viewer;
	private DecodedFrame frame;

	FieldTreePane(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(false);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof DecodedFrame f ? f.roots().toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((Field) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null; // fields do not know their parent; selections use tree paths
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Field) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Field field = (Field) element;
				return field.display().isEmpty() ? field.name() : field.display();
			}

			@Override
			public String getToolTipText(Object element) {
				Field field = (Field) element;
				return field.name().isEmpty() ? null
						: field.name() + (field.value() == null ? "" : " == " + field.value());
			}
		});
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.getTree().setData(KEY, this);
	}

	Tree control() {
		return viewer.getTree();
	}

	TreeViewer viewer() {
		return viewer;
	}

	void show(DecodedFrame decoded) {
		this.frame = decoded;
		viewer.setInput(decoded);
		if (decoded != null) {
			for (Field root : decoded.roots()) {
				if ("tls".equals(root.name())) {
					viewer.expandToLevel(root, 3);
				}
			}
		}
	}

	void onFieldSelected(Consumer<List<Field>> listener) {
		viewer.addSelectionChangedListener(e -> {
			if (e.getSelection() instanceof TreeSelection selection && !selection.isEmpty()) {
				TreePath path = selection.getPaths()[0];
				List<Field> fields = new ArrayList<>(path.getSegmentCount());
				for (int i = 0; i < path.getSegmentCount(); i++) {
					fields.add((Field) path.getSegment(i));
				}
				listener.accept(fields);
			} else {
				listener.accept(List.of());
			}
		});
	}

	/** The selected field, or null. */
	Field selectedField() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.isEmpty() ? null : (Field) selection.getFirstElement();
	}

	/** Selects (and reveals) the field at this path from a root. */
	void select(List<Field> path) {
		if (path.isEmpty()) {
			viewer.setSelection(TreeSelection.EMPTY);
			return;
		}
		viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
	}

	/** Selects the deepest field whose bytes include {@code index} of {@code source}. */
	void selectByte(DataSource source, int index) {
		if (frame != null) {
			select(FieldLocator.deepest(frame.roots(), source, index));
		}
	}
}
