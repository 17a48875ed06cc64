package org.quotebench.importer.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Addresses on the user's own machine or network (localhost, loopback, private, link-local: the
 * cloud's metadata service at 169.254.169.254 too). A page or feed on the internet may not lead the
 * fetcher there (a redirect, a feed's item); an address the user gives may.
 */
final class LocalAddresses {
    private LocalAddresses() {
    }

    /** Whether the address's host is this machine or its local network, by name or by IP literal (no lookup). */
    static boolean isLocal(URI address) {
        String host = address.getHost();
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local")) {
            return true;
        }
        boolean literal = h.startsWith("[") || h.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        if (!literal) {
            return false;
        }
        try {
            InetAddress ip = InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h);
            return ip.isLoopbackAddress() || ip.isSiteLocalAddress() || ip.isLinkLocalAddress() || ip.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
