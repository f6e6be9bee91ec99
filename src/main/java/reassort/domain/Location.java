package reassort.domain;

/**
 * A stock-holding place. {@code supplyingLocation} is the warehouse or hub that replenishes it (null when
 * it is bought directly from suppliers).
 */
public record Location(
        String code,
        String name,
        LocationType type,
        String region,
        String supplyingLocation,
        boolean clickAndCollect,
        boolean shipFromStore) {
    public Location {
        code = Require.code(code, "Location code");
        name = name == null || name.isBlank() ? code : name.strip();
        Require.present(type, "Type of location " + code);
        region = region == null ? "" : region.strip();
        supplyingLocation = supplyingLocation == null || supplyingLocation.isBlank() ? null : supplyingLocation.strip();
        if (code.equals(supplyingLocation)) {
            throw new IllegalArgumentException(
                    "Location " + code + " cannot supply itself. Maybe the supplying-location column is shifted.");
        }
    }
}
