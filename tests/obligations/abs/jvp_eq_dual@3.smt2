; torchsmt obligation abs.jvp_eq_dual@3 (lemma, op abs, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma abs.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_0 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x38 (ite (< 0.0 x0_0) 1.0 (ite (> 0.0 x0_0) (- 1.0) 0.0))))
(let (($x44 (= (* v0_0 ?x38) (ite (> 0.0 x0_0) (- v0_0) v0_0))))
(not $x44))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_1 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x39 (ite (< 0.0 x0_1) 1.0 (ite (> 0.0 x0_1) (- 1.0) 0.0))))
(let (($x45 (= (* v0_1 ?x39) (ite (> 0.0 x0_1) (- v0_1) v0_1))))
(not $x45))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x40 (ite (< 0.0 x0_2) 1.0 (ite (> 0.0 x0_2) (- 1.0) 0.0))))
(let (($x46 (= (* v0_2 ?x40) (ite (> 0.0 x0_2) (- v0_2) v0_2))))
(not $x46))))
(check-sat)
