package vn.ansinh.shared.command;

import java.io.Serializable;

/**
 * A message argument that is itself a resource-bundle key (a status, a transition): the web layer
 * shows it translated into the user's language.
 */
public record Label(String key) implements Serializable {}
