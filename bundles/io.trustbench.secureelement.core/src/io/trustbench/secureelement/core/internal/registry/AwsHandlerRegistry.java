package io.trustbench.secureelement.core.internal.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.core.ContributionReader;
import io.trustbench.secureelement.core.kit.AwsCommandHandler;

/** {@code aws:} command handlers contributed (by the PKI bundle) for emulated kits. */
public final class AwsHandlerRegistry {

	public static final String EXTENSION_POINT = "io.trustbench.secureelement.core.awsCommands";

	private record Entry(String id, Set<String> kinds, IConfigurationElement element) {
	}

	private final List<Entry> entries;

	private AwsHandlerRegistry(List<Entry> entries) {
		this.entries = entries;
	}

	public static AwsHandlerRegistry load() {
		return new AwsHandlerRegistry(ContributionReader.read(EXTENSION_POINT, "handler", e -> {
			String id = ContributionReader.required(e, "id");
			ContributionReader.required(e, "class");
			String kinds = e.getAttribute("kinds");
			Set<String> set = new TreeSet<>();
			if (kinds != null && !kinds.isBlank()) {
				Arrays.stream(kinds.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(set::add);
			}
			return new Entry(id, set, e);
		}));
	}

	/** Handlers serving a kit kind; a handler whose class fails to load is logged and left out. */
	public List<AwsCommandHandler> forKind(String kind) {
		List<AwsCommandHandler> list = new ArrayList<>();
		for (Entry entry : entries) {
			if (!entry.kinds().isEmpty() && !entry.kinds().contains(kind)) {
				continue;
			}
			try {
				list.add((AwsCommandHandler) entry.element().createExecutableExtension("class"));
			} catch (CoreException | ClassCastException e) {
				ContributionReader.logBad(EXTENSION_POINT, entry.element(), e);
			}
		}
		return list;
	}
}
