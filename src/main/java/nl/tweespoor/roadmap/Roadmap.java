package nl.tweespoor.roadmap;

import java.util.List;
import nl.tweespoor.base.Track;

/** Both lanes of the roadmap, each with the items in view and how many matched. */
public record Roadmap(List<Lane> lanes) {

    public Roadmap {
        lanes = List.copyOf(lanes);
    }

    public Lane lane(Track track) {
        return lanes.stream().filter(lane -> lane.track() == track).findFirst().orElse(new Lane(track, List.of(), 0));
    }

    /** Every item shown, lane by lane. */
    public List<RoadmapItem> items() {
        return lanes.stream().flatMap(lane -> lane.items().stream()).toList();
    }

    /** Whether some lane shows fewer items than matched. */
    public boolean truncated() {
        return lanes.stream().anyMatch(Lane::truncated);
    }

    /** One track's items in view (at most the lane's cap) and how many matched the filter. */
    public record Lane(Track track, List<RoadmapItem> items, int matched) {

        public Lane {
            items = List.copyOf(items);
        }

        public boolean truncated() {
            return matched > items.size();
        }
    }
}
