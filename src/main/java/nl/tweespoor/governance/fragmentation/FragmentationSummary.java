package nl.tweespoor.governance.fragmentation;

/** The radar in numbers: all groups, those without a note, those accepted, and those assessing a principle apart. */
public record FragmentationSummary(int groups, int open, int accepted, int differing) {

    /** Groups the radar lists when accepted ones are hidden. */
    public int notAccepted() {
        return groups - accepted;
    }
}
