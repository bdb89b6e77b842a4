package io.trustbench.pki.ui.internal.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;

import io.trustbench.pki.ui.internal.model.Asn1Item;

/**
 * The ASN.1 tab: every DER element with its offset, header and content length (the columns of
 * openssl asn1parse) and decoded value; elements nested inside strings are shown in grey.
 */
public final class Asn1Panel {

	private final TreeViewer viewer;
	private Asn1Item root;

	public Asn1Panel(Composite parent, Consumer<Asn1Item> selected) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		tree.setData(InspectorWidgets.KEY, InspectorWidgets.ASN1);
		viewer.setComparer(ByteTrees.IDENTITY);
		viewer.setContentProvider(new ContentProvider());
		column(Messages.Asn1Panel_element, 260, Asn1Item::tag);
		column(Messages.Asn1Panel_offset, 70, item -> Integer.toString(item.offset()));
		column(Messages.Asn1Panel_header, 60, item -> Integer.toString(item.node().headerLength()));
		column(Messages.Asn1Panel_length, 70, item -> Integer.toString(item.node().length()));
		column(Messages.Asn1Panel_value, 480, Asn1Item::value);
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Asn1Item item) {
				selected.accept(item);
			}
		});
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public Asn1Item root() {
		return root;
	}

	public void setInput(Asn1Item certificate) {
		root = certificate;
		// The input must not be the root element itself: JFace would ask for its children with getElements.
		viewer.setInput(List.of(certificate));
		viewer.expandAll();
	}

	public Asn1Item selection() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Asn1Item item ? item : null;
	}

	/** Selects an element by child indices from the root, e.g. {@code 0, 6} = tbsCertificate's seventh field. */
	public Asn1Item select(int... indices) {
		Object[] path = new Object[indices.length + 1];
		Asn1Item current = root;
		path[0] = current;
		for (int i = 0; i < indices.length; i++) {
			current = current.children().get(indices[i]);
			path[i + 1] = current;
		}
		viewer.setSelection(new TreeSelection(new TreePath(path)), true);
		return current;
	}

	/** Selects the smallest element containing a byte (a click in the hex pane). */
	public void selectByte(int offset) {
		if (root == null) {
			return;
		}
		List<Asn1Item> path = ByteTrees.pathTo(List.of(root), Asn1Item::children, Asn1Item::offset,
				Asn1Item::length, offset);
		if (!path.isEmpty()) {
			viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		}
	}

	private void column(String title, int width, Function<Asn1Item, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		Color encapsulated = Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Asn1Item) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((Asn1Item) element).isEncapsulated() ? encapsulated : null;
			}
		});
	}

	private static final class ContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> roots ? roots.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object element) {
			return ((Asn1Item) element).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Asn1Item) element).children().isEmpty();
		}
	}
}
