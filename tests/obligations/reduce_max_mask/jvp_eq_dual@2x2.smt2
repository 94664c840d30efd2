; torchsmt obligation reduce_max_mask.jvp_eq_dual@2x2 (lemma, op reduce_max_mask, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 2),), off kinks
(set-info :source |torchsmt lemma reduce_max_mask.jvp_eq_dual@2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x0_0_1) true))
(assert
 (and (distinct x0_1_0 x0_1_1) true))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
 (let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
 (and (distinct ?x28 ?x30) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
 (let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
 (and (distinct ?x32 ?x34) true))))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
(let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
(let ((?x38 (ite (> ?x28 ?x30) ?x28 ?x30)))
(let (($x33 (= 0.0 (ite (= ?x28 ?x38) 0.0 0.0))))
(not $x33))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x0_0_1) true))
(assert
 (and (distinct x0_1_0 x0_1_1) true))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
 (let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
 (and (distinct ?x28 ?x30) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
 (let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
 (and (distinct ?x32 ?x34) true))))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
(let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
(let ((?x38 (ite (> ?x28 ?x30) ?x28 ?x30)))
(let (($x35 (= 0.0 (ite (= ?x30 ?x38) 0.0 0.0))))
(not $x35))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x0_0_1) true))
(assert
 (and (distinct x0_1_0 x0_1_1) true))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
 (let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
 (and (distinct ?x28 ?x30) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
 (let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
 (and (distinct ?x32 ?x34) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
(let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
(let ((?x42 (ite (> ?x32 ?x34) ?x32 ?x34)))
(let (($x43 (= 0.0 (ite (= ?x32 ?x42) 0.0 0.0))))
(not $x43))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x0_0_1) true))
(assert
 (and (distinct x0_1_0 x0_1_1) true))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
 (let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
 (and (distinct ?x28 ?x30) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
 (let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
 (and (distinct ?x32 ?x34) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
(let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
(let ((?x42 (ite (> ?x32 ?x34) ?x32 ?x34)))
(let (($x29 (= 0.0 (ite (= ?x34 ?x42) 0.0 0.0))))
(not $x29))))))
(check-sat)
