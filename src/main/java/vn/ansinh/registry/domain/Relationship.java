package vn.ansinh.registry.domain;

/** A member's relationship to the head of household (quan hệ với chủ hộ). */
public enum Relationship {
    HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, CHILD_IN_LAW, OTHER_RELATIVE, OTHER;

    public String labelKey() {
        return "relationship." + name();
    }
}
