package io.trustbench.pki.ui.internal.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

import io.trustbench.pki.core.Field;
import io.trustbench.pki.ui.internal.model.InspectorFields;

/** The Fields tab: name and decoded value of every field, extension by extension. */
public final class FieldsPanel {

	private final TreeViewer viewer;
	private Field root;

	public FieldsPanel(Composite parent, Consumer<Field> selected) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		tree.setData(InspectorWidgets.KEY, InspectorWidgets.FIELDS);
		viewer.setComparer(ByteTrees.IDENTITY);
		viewer.setContentProvider(new ContentProvider());
		column(Messages.FieldsPanel_field, 300, field -> field.name());
		column(Messages.FieldsPanel_value, 640, field -> InspectorFields.oneLine(field.value()));
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Field field) {
				selected.accept(field);
			}
		});
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public void setInput(Field certificate) {
		root = certificate;
		viewer.setInput(certificate);
		// Extensions are what one usually opens a device certificate for.
		Field extensions = certificate.child("Extensions");
		if (extensions != null) {
			viewer.setExpandedState(extensions, true);
		}
	}

	/** The field that is selected, or null. */
	public Field selection() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Field field ? field : null;
	}

	/** Selects and reveals a field by its path of names (tests, and restoring a selection). */
	public boolean select(String... names) {
		if (root == null) {
			return false;
		}
		Object[] path = new Object[names.length];
		Field current = root;
		for (int i = 0; i < names.length; i++) {
			current = current.child(names[i]);
			if (current == null) {
				return false;
			}
			path[i] = current;
		}
		viewer.setSelection(new TreeSelection(new TreePath(path)), true);
		return true;
	}

	/** Selects the smallest field containing a byte (a click in the hex pane). */
	public void selectByte(int offset) {
		if (root == null) {
			return;
		}
		List<Field> path = ByteTrees.pathTo(root.children(), Field::children, Field::offset, Field::length, offset);
		if (!path.isEmpty()) {
			viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		}
	}

	private void column(String title, int width, java.util.function.Function<Field, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Field) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Field) element).value();
			}
		});
	}

	private static final class ContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Field field ? field.children().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object element) {
			return ((Field) element).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Field) element).children().isEmpty();
		}
	}
}
