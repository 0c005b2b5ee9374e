package nl.tweespoor.governance.fragmentation;

import java.util.List;

/**
 * One principle that items of the same group assess differently: some say MEETS, others GAP. How many of each, and
 * the first few of each by department and title.
 */
public record PrincipleDifference(
        String code, String title, int meetsCount, List<ItemRef> meets, int gapsCount, List<ItemRef> gaps) {

    public PrincipleDifference {
        meets = List.copyOf(meets);
        gaps = List.copyOf(gaps);
    }
}
