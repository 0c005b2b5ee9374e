package nl.tweespoor.governance.fragmentation;

import java.util.List;

/** One principle that items of the same group assess differently: some say MEETS, others GAP. */
public record PrincipleDifference(String code, String title, List<GroupItem> meets, List<GroupItem> gaps) {

    public PrincipleDifference {
        meets = List.copyOf(meets);
        gaps = List.copyOf(gaps);
    }
}
