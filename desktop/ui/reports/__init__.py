"""The Reports page: figures for managers and funders, with charts and exports."""
