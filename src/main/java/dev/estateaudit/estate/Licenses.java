package dev.estateaudit.estate;

/** The licences the customer holds. */
public class Licenses extends Positioned {
    private Integer production;
    private Integer development;

    public Integer getProduction() { return production; }
    public void setProduction(Integer production) { this.production = production; }
    public Integer getDevelopment() { return development; }
    public void setDevelopment(Integer development) { this.development = development; }
}
